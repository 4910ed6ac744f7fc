/** Language-model usage and cost as the API reports them. */
package io.switchboard.api.usage;
