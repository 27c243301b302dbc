import { baseOffhours } from '../../../common/filters/_base-offhours.js';

export default baseOffhours('onhour', {
  resources: ['aws.rds-cluster'],
  noun: 'DB clusters',
  action: 'the start action',
});
