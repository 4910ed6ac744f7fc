/**
 * Turning an uploaded file into text: the format is told by the file name's extension or the declared media
 * type (never by using the name as a path), PDF and DOCX are read by LangChain4j's PDFBox and POI parsers,
 * HTML by jsoup, and headings are kept as Markdown heading lines so that the chunker can follow the
 * document's structure.
 */
package io.switchboard.rag.parse;
