/**
 * The vision specialist: images sent as A2A file parts. Without a vision-capable model it reports what it can
 * compute (format, dimensions, size, transparency, average colour) and says that describing the content needs
 * such a model.
 */
package io.switchboard.agents.specialist.vision;
