/**
 * Embeddings: the in-process all-MiniLM-L6-v2 model of LangChain4j (ONNX Runtime, no network, 384
 * dimensions, unit-length vectors) and its tokenizer, which the chunker uses to size chunks; and the other
 * models a collection can use instead (OpenAI-compatible servers, Ollama), through LangChain4j's clients.
 */
package io.switchboard.rag.embed;
