/** JSON-P helpers shared by the server modules: the provider, looked up once. */
package io.switchboard.api.json;
