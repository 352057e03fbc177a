CREATE TABLE `admin_sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`admin_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`admin_id`) REFERENCES `admins`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `admin_sessions_expires` ON `admin_sessions` (`expires_at`);--> statement-breakpoint
CREATE TABLE `admins` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`password_hash` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `admins_email_unique` ON `admins` (`email`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`listing_kind` text,
	`listing_code` text,
	`before` text,
	`after` text,
	`note` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_listing` ON `audit_log` (`listing_kind`,`listing_code`);--> statement-breakpoint
CREATE INDEX `audit_log_at` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `interests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`listing_kind` text NOT NULL,
	`listing_code` text NOT NULL,
	`organization` text NOT NULL,
	`contact_name` text NOT NULL,
	`contact_phone` text,
	`contact_email` text,
	`message` text NOT NULL,
	`own_code` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `interests_listing` ON `interests` (`listing_kind`,`listing_code`);--> statement-breakpoint
CREATE TABLE `login_failures` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`last_failed_at` text NOT NULL,
	`locked_until` text
);
--> statement-breakpoint
ALTER TABLE `capabilities` ADD `manage_token_hash` text;--> statement-breakpoint
ALTER TABLE `capabilities` ADD `moderation_note` text;--> statement-breakpoint
CREATE UNIQUE INDEX `capabilities_manage_token` ON `capabilities` (`manage_token_hash`);--> statement-breakpoint
ALTER TABLE `scenarios` ADD `manage_token_hash` text;--> statement-breakpoint
ALTER TABLE `scenarios` ADD `moderation_note` text;--> statement-breakpoint
CREATE UNIQUE INDEX `scenarios_manage_token` ON `scenarios` (`manage_token_hash`);