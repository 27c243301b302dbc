import { baseOffhours } from '../../../common/filters/_base-offhours.js';

export default baseOffhours('offhour', {
  resources: ['aws.rds-cluster'],
  noun: 'DB clusters',
  action: 'the stop action',
});
