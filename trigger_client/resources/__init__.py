"""Resources of the Trigger.dev API, each a sync class and its async twin."""
