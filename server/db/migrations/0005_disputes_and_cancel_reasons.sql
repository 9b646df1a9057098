ALTER TABLE "pledges" ADD COLUMN "dispute_status" text;--> statement-breakpoint
ALTER TABLE "pledges" ADD COLUMN "disputed_minor" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "disbursements" ADD COLUMN "cancel_reason" text;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_disputed_within" CHECK ("pledges"."disputed_minor" >= 0 AND "pledges"."disputed_minor" <= "pledges"."amount_minor");