import { configure } from '@testing-library/react-native';

// CI machines are shared: give screens more than the default second to settle.
configure({ asyncUtilTimeout: 5000 });
