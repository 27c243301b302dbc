import { baseOffhours } from '../../../common/filters/_base-offhours.js';

export default baseOffhours('onhour', {
  resources: ['aws.redshift'],
  noun: 'Redshift clusters',
  action: 'the resume action',
});
