package io.switchboard.web.a2a;

/** The A2A operations, independent of how each protocol version names them. */
enum Operation {
    SEND,
    STREAM,
    GET,
    LIST,
    CANCEL,
    SUBSCRIBE,
    PUSH_CONFIG,
    EXTENDED_CARD
}
