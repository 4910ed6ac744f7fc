package io.switchboard.web.a2a;

/** The A2A operations, independent of how each protocol version names them. */
enum Operation {
    SEND,
    STREAM,
    GET,
    LIST,
    CANCEL,
    SUBSCRIBE,
    PUSH_SET,
    PUSH_GET,
    PUSH_LIST,
    PUSH_DELETE,
    EXTENDED_CARD
}
