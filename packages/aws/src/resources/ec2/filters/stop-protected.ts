import { protectionFlagFilter } from './_protection-flag.js';

export default protectionFlagFilter('stop-protected', 'disableApiStop', 'stop');
