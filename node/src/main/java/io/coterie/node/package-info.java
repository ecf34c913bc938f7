/** The Coterie node: everything operational. Sub-packages follow ../shared/STYLE.md. */
package io.coterie.node;
