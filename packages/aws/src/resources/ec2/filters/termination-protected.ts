import { protectionFlagFilter } from './_protection-flag.js';

export default protectionFlagFilter('termination-protected', 'disableApiTermination', 'termination');
