CREATE INDEX `capabilities_updated_at` ON `capabilities` (`updated_at`);--> statement-breakpoint
CREATE INDEX `scenarios_updated_at` ON `scenarios` (`updated_at`);