// Screens and the API layer, on jest-expo (React Native's jest environment). Only the device
// (expo-location) and the network boundary (fetch, the socket) are replaced in these tests.
const path = require('node:path');

const own = (name) => path.join(__dirname, 'node_modules', name);

// npm hoists @react-native/jest-preset to the workspace root, where react-native (kept here, in
// this app's node_modules) cannot be found from it: let both Node and jest look here as well.
process.env.NODE_PATH = [path.join(__dirname, 'node_modules'), process.env.NODE_PATH].filter(Boolean).join(path.delimiter);
require('node:module').Module._initPaths();

/** @type {import('jest').Config} */
module.exports = {
  preset: 'jest-expo',
  rootDir: __dirname,
  modulePaths: ['<rootDir>/node_modules'],
  testMatch: ['<rootDir>/test/**/*.test.ts?(x)'],
  // The root node_modules holds another React (for other workspaces): renderer and app must share one.
  moduleNameMapper: {
    '^react$': own('react'),
    '^react/(.*)$': own('react') + '/$1',
  },
  // The SDK and graphql-ws ship untranspiled ESM/TypeScript.
  transformIgnorePatterns: [
    'node_modules/(?!((jest-)?react-native|@react-native(-community)?|expo(nent)?|@expo(nent)?/.*|expo-.*|graphql-ws|@worldgraph/.*))',
  ],
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  // Sized for a loaded 2-core machine: the first render of a screen transforms React Native's modules.
  testTimeout: 120_000,
};
