import { configure } from '@testing-library/react-native';

// CI machines are shared (2 cores, several test runs): give screens far more than the default second to settle.
configure({ asyncUtilTimeout: 30_000 });
