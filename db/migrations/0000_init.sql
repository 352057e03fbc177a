CREATE TABLE `capabilities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`category` text NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`description` text NOT NULL,
	`contact_name` text,
	`contact_phone` text,
	`contact_email` text,
	`batch` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`demo` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`published_at` text,
	`organization` text NOT NULL,
	`domains` text DEFAULT '[]' NOT NULL,
	`maturity` text NOT NULL,
	`cases` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `capabilities_code_unique` ON `capabilities` (`code`);--> statement-breakpoint
CREATE INDEX `capabilities_status_code` ON `capabilities` (`status`,`code`);--> statement-breakpoint
CREATE INDEX `capabilities_category` ON `capabilities` (`category`);--> statement-breakpoint
CREATE TABLE `scenarios` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`category` text NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`description` text NOT NULL,
	`contact_name` text,
	`contact_phone` text,
	`contact_email` text,
	`batch` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`demo` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`published_at` text,
	`publisher` text NOT NULL,
	`domain` text NOT NULL,
	`location` text,
	`budget` text,
	`deadline` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scenarios_code_unique` ON `scenarios` (`code`);--> statement-breakpoint
CREATE INDEX `scenarios_status_code` ON `scenarios` (`status`,`code`);--> statement-breakpoint
CREATE INDEX `scenarios_category` ON `scenarios` (`category`);--> statement-breakpoint
CREATE INDEX `scenarios_domain` ON `scenarios` (`domain`);