/** Build-time enhancement of mapped classes: the Byte Buddy plugin applications run in their build. */
package dev.athanor.orm.enhance;
