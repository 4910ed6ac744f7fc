/**
 * The built-in tools, each a CDI bean implementing {@link io.switchboard.tools.builtin.BuiltinTool}: calculator
 * (EvalEx), datetime (java.time), unit_convert (Indriya, JSR 385), http_request, sql_query and knowledge_search
 * (the knowledge module's retrieval). The registry keeps a row for each, in step with the code.
 */
package io.switchboard.tools.builtin;
