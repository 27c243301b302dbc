import { baseOffhours } from '../../../common/filters/_base-offhours.js';

export default baseOffhours('offhour', {
  resources: ['aws.redshift'],
  noun: 'Redshift clusters',
  action: 'the pause action',
});
