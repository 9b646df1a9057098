CREATE TABLE "disbursements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"payee_kind" text NOT NULL,
	"payee_name" text,
	"invoice_number" text,
	"account_last4" text,
	"amount_minor" bigint NOT NULL,
	"reference" text NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"requested_by" uuid NOT NULL,
	"first_approved_by" uuid,
	"first_approved_at" timestamp with time zone,
	"second_approved_by" uuid,
	"second_approved_at" timestamp with time zone,
	"payment_reference" text,
	"evidence" text,
	"disbursed_by" uuid,
	"disbursed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disbursements_amount_positive" CHECK ("disbursements"."amount_minor" > 0),
	CONSTRAINT "disbursements_two_people" CHECK ("disbursements"."second_approved_by" IS NULL OR "disbursements"."second_approved_by" <> "disbursements"."first_approved_by"),
	CONSTRAINT "disbursements_last4" CHECK ("disbursements"."account_last4" IS NULL OR "disbursements"."account_last4" ~ '^[0-9]{4}$')
);
--> statement-breakpoint
CREATE TABLE "matching_pools" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"ratio_numerator" integer NOT NULL,
	"ratio_denominator" integer NOT NULL,
	"cap_minor" bigint NOT NULL,
	"matched_minor" bigint DEFAULT 0 NOT NULL,
	"region_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" uuid NOT NULL,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matching_pools_ratio_positive" CHECK ("matching_pools"."ratio_numerator" > 0 AND "matching_pools"."ratio_denominator" > 0),
	CONSTRAINT "matching_pools_cap_positive" CHECK ("matching_pools"."cap_minor" > 0),
	CONSTRAINT "matching_pools_within_cap" CHECK ("matching_pools"."matched_minor" >= 0 AND "matching_pools"."matched_minor" <= "matching_pools"."cap_minor")
);
--> statement-breakpoint
CREATE TABLE "pool_matches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pool_id" uuid NOT NULL,
	"source_pledge_id" uuid NOT NULL,
	"match_pledge_id" uuid NOT NULL,
	"amount_minor" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "relief_funds" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"region_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"per_case_cap_minor" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "relief_funds_cap_positive" CHECK ("relief_funds"."per_case_cap_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "receipts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pledge_id" uuid NOT NULL,
	"number" text NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "surplus_allocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pledge_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"amount_minor" bigint NOT NULL,
	"reason" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"answer_by" timestamp with time zone NOT NULL,
	"suggested_case_id" uuid,
	"target_case_id" uuid,
	"redirect_pledge_id" uuid,
	"decided_by" text,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "surplus_amount_positive" CHECK ("surplus_allocations"."amount_minor" > 0)
);
--> statement-breakpoint
ALTER TABLE "pledges" ADD COLUMN "surplus_preference" text DEFAULT 'redirect' NOT NULL;--> statement-breakpoint
ALTER TABLE "disbursements" ADD CONSTRAINT "disbursements_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disbursements" ADD CONSTRAINT "disbursements_need_id_case_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."case_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_pools" ADD CONSTRAINT "matching_pools_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_matches" ADD CONSTRAINT "pool_matches_pool_id_matching_pools_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."matching_pools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_matches" ADD CONSTRAINT "pool_matches_source_pledge_id_pledges_id_fk" FOREIGN KEY ("source_pledge_id") REFERENCES "public"."pledges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_matches" ADD CONSTRAINT "pool_matches_match_pledge_id_pledges_id_fk" FOREIGN KEY ("match_pledge_id") REFERENCES "public"."pledges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relief_funds" ADD CONSTRAINT "relief_funds_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "receipts" ADD CONSTRAINT "receipts_pledge_id_pledges_id_fk" FOREIGN KEY ("pledge_id") REFERENCES "public"."pledges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surplus_allocations" ADD CONSTRAINT "surplus_allocations_pledge_id_pledges_id_fk" FOREIGN KEY ("pledge_id") REFERENCES "public"."pledges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surplus_allocations" ADD CONSTRAINT "surplus_allocations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surplus_allocations" ADD CONSTRAINT "surplus_allocations_need_id_case_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."case_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "disbursements_case_idx" ON "disbursements" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "disbursements_need_status_idx" ON "disbursements" USING btree ("need_id","status");--> statement-breakpoint
CREATE INDEX "matching_pools_org_idx" ON "matching_pools" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "matching_pools_open_idx" ON "matching_pools" USING btree ("status","ends_at");--> statement-breakpoint
CREATE UNIQUE INDEX "pool_matches_source_idx" ON "pool_matches" USING btree ("source_pledge_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pool_matches_match_idx" ON "pool_matches" USING btree ("match_pledge_id");--> statement-breakpoint
CREATE INDEX "pool_matches_pool_idx" ON "pool_matches" USING btree ("pool_id");--> statement-breakpoint
CREATE UNIQUE INDEX "receipts_pledge_idx" ON "receipts" USING btree ("pledge_id");--> statement-breakpoint
CREATE UNIQUE INDEX "receipts_number_idx" ON "receipts" USING btree ("number");--> statement-breakpoint
CREATE INDEX "surplus_pledge_idx" ON "surplus_allocations" USING btree ("pledge_id");--> statement-breakpoint
CREATE INDEX "surplus_case_idx" ON "surplus_allocations" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "surplus_pending_idx" ON "surplus_allocations" USING btree ("answer_by") WHERE "surplus_allocations"."status" = 'pending';