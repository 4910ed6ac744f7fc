/** RFC 9457 problem details: the body of every REST error. */
package io.switchboard.api.problem;
