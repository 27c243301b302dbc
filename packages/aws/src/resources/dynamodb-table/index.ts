/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import backupAction from './actions/backup.js';
import deleteAction from './actions/delete.js';
import setContinuousBackupAction from './actions/set-continuous-backup.js';
import setStreamAction from './actions/set-stream.js';
import updateAction from './actions/update.js';
import consecutiveAwsBackupsFilter from './filters/consecutive-aws-backups.js';
import consecutiveBackupsFilter from './filters/consecutive-backups.js';
import continuousBackupFilter from './filters/continuous-backup.js';
import crossAccountFilter from './filters/cross-account.js';
import exportDescriptionFilter from './filters/export-description.js';
import hasStatementFilter from './filters/has-statement.js';
import importSummaryFilter from './filters/import-summary.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  backupAction,
  consecutiveAwsBackupsFilter,
  consecutiveBackupsFilter,
  continuousBackupFilter,
  crossAccountFilter,
  deleteAction,
  exportDescriptionFilter,
  hasStatementFilter,
  importSummaryFilter,
  setContinuousBackupAction,
  setStreamAction,
  updateAction,
];
