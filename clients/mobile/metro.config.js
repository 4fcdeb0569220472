// Expo's Metro defaults, which find the npm workspace root and watch it (the SDK is a workspace
// package). React must come from this app's own node_modules: the root holds another version.
const path = require('node:path');
const { getDefaultConfig } = require('expo/metro-config');

const config = getDefaultConfig(__dirname);
const own = (name) => path.join(__dirname, 'node_modules', name);
config.resolver.extraNodeModules = { react: own('react'), 'react-native': own('react-native') };
module.exports = config;
