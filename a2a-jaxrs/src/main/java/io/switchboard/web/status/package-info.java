/** Platform status endpoint. */
package io.switchboard.web.status;
