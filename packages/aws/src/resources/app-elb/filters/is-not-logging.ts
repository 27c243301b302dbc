import { loggingFilter } from '../_logging.js';

export default loggingFilter('aws.app-elb', true);
