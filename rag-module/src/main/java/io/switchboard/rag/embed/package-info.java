/**
 * Embeddings: the in-process all-MiniLM-L6-v2 model of LangChain4j (ONNX Runtime, no network, 384
 * dimensions, unit-length vectors) and its tokenizer, which the chunker uses to size chunks.
 */
package io.switchboard.rag.embed;
