/**
 * Request bodies before they are bound: a nesting and size guard for JSON bodies (a JSON-B binding recurses per
 * level and would overflow the stack), strict parsing for the JSON-RPC endpoints (one value, nothing after it),
 * and unreadable bodies (broken multipart, a part's garbage media type) answered as 400 problems.
 */
package io.switchboard.web.body;
