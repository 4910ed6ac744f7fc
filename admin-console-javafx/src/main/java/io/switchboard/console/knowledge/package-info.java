/**
 * The knowledge screen: collections, their documents with status, uploads with a live progress bar per
 * ingestion (from the server's progress events), and a query panel showing cited passages.
 */
package io.switchboard.console.knowledge;
