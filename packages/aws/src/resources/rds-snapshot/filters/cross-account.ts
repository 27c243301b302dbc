import { snapshotCrossAccountFilter } from './_cross-account.js';

export default snapshotCrossAccountFilter('DB');
