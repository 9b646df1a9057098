CREATE TABLE "pledges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"donor_user_id" uuid NOT NULL,
	"organization_id" uuid,
	"amount_minor" bigint NOT NULL,
	"requested_minor" bigint NOT NULL,
	"method" text NOT NULL,
	"status" text DEFAULT 'reserved' NOT NULL,
	"release_reason" text,
	"anonymous" boolean DEFAULT false NOT NULL,
	"message" text,
	"idempotency_key" text NOT NULL,
	"payment_ref" text,
	"offline_reference" text,
	"refunded_minor" bigint DEFAULT 0 NOT NULL,
	"refund_requested_at" timestamp with time zone,
	"disputed_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL,
	"confirmed_at" timestamp with time zone,
	"released_at" timestamp with time zone,
	"details" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pledges_amount_positive" CHECK ("pledges"."amount_minor" > 0 AND "pledges"."requested_minor" >= "pledges"."amount_minor"),
	CONSTRAINT "pledges_refund_within" CHECK ("pledges"."refunded_minor" >= 0 AND "pledges"."refunded_minor" <= "pledges"."amount_minor"),
	CONSTRAINT "pledges_released_has_reason" CHECK (("pledges"."status" = 'released') = ("pledges"."release_reason" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "payment_events" (
	"provider" text NOT NULL,
	"event_id" text NOT NULL,
	"type" text NOT NULL,
	"payment_ref" text,
	"payload" jsonb NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone,
	"outcome" text,
	CONSTRAINT "payment_events_provider_event_id_pk" PRIMARY KEY("provider","event_id")
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"transfer_id" uuid NOT NULL,
	"account" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"posted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_entries_nonzero" CHECK ("ledger_entries"."amount_minor" <> 0)
);
--> statement-breakpoint
CREATE TABLE "ledger_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"case_id" uuid,
	"need_id" uuid,
	"pledge_id" uuid,
	"refs" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"posted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_transfers_amount_positive" CHECK ("ledger_transfers"."amount_minor" > 0)
);
--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_need_id_case_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."case_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_donor_user_id_users_id_fk" FOREIGN KEY ("donor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_transfer_id_ledger_transfers_id_fk" FOREIGN KEY ("transfer_id") REFERENCES "public"."ledger_transfers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "pledges_idempotency_idx" ON "pledges" USING btree ("donor_user_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "pledges_payment_ref_idx" ON "pledges" USING btree ("payment_ref");--> statement-breakpoint
CREATE INDEX "pledges_case_status_idx" ON "pledges" USING btree ("case_id","status");--> statement-breakpoint
CREATE INDEX "pledges_need_status_idx" ON "pledges" USING btree ("need_id","status");--> statement-breakpoint
CREATE INDEX "pledges_donor_idx" ON "pledges" USING btree ("donor_user_id","created_at");--> statement-breakpoint
CREATE INDEX "pledges_reserved_expiry_idx" ON "pledges" USING btree ("expires_at") WHERE "pledges"."status" = 'reserved';--> statement-breakpoint
CREATE INDEX "ledger_entries_account_idx" ON "ledger_entries" USING btree ("account");--> statement-breakpoint
CREATE INDEX "ledger_entries_transfer_idx" ON "ledger_entries" USING btree ("transfer_id");--> statement-breakpoint
CREATE INDEX "ledger_transfers_case_idx" ON "ledger_transfers" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "ledger_transfers_pledge_idx" ON "ledger_transfers" USING btree ("pledge_id","kind");