// Expo's Metro defaults: they find the npm workspace root and watch it (the SDK is a workspace
// package). Files here resolve react and react-native from this app's node_modules first, so the
// bundle holds one React even though the root node_modules has another version for other packages.
const { getDefaultConfig } = require('expo/metro-config');

module.exports = getDefaultConfig(__dirname);
