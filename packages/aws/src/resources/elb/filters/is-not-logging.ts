import { loggingFilter } from '../../app-elb/_logging.js';

export default loggingFilter('aws.elb', true);
