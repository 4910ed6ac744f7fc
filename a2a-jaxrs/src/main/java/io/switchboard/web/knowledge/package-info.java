/** REST resources of knowledge collections: collections, document uploads, ingestion progress, query and answer. */
package io.switchboard.web.knowledge;
