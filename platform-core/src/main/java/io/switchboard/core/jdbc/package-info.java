/** Plain JDBC with less ceremony: parameter binding, row mapping and errors that say which statement failed. */
package io.switchboard.core.jdbc;
