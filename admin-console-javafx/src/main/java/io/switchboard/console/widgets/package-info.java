/** Small view helpers every screen uses: text columns and text cells computed from the row's value. */
package io.switchboard.console.widgets;
