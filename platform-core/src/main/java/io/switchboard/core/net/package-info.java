/**
 * Guards for outbound calls the platform makes on someone's behalf (webhooks, the HTTP tool, MCP servers):
 * classifying addresses as internal (loopback, private, link-local, metadata) and matching allow-list
 * entries (host names, wildcard domains, addresses and CIDR ranges), against server-side request forgery.
 */
package io.switchboard.core.net;
