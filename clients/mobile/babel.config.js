// Expo's Babel preset, found through expo itself (npm keeps it inside expo's node_modules).
const preset = require.resolve('babel-preset-expo', { paths: [require.resolve('expo/package.json')] });

module.exports = (api) => {
  api.cache(true);
  return { presets: [preset] };
};
