CREATE TABLE "case_needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"payee_kind" text DEFAULT 'beneficiary' NOT NULL,
	"payee_name" text,
	"amount_minor" bigint NOT NULL,
	"reserved_minor" bigint DEFAULT 0 NOT NULL,
	"confirmed_minor" bigint DEFAULT 0 NOT NULL,
	"claimed_minor" bigint DEFAULT 0 NOT NULL,
	"disbursed_minor" bigint DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_needs_amount_positive" CHECK ("case_needs"."amount_minor" > 0),
	CONSTRAINT "case_needs_parts_nonneg" CHECK ("case_needs"."reserved_minor" >= 0 AND "case_needs"."confirmed_minor" >= 0 AND "case_needs"."claimed_minor" >= 0 AND "case_needs"."disbursed_minor" >= 0),
	CONSTRAINT "case_needs_not_overcommitted" CHECK ("case_needs"."reserved_minor" + "case_needs"."confirmed_minor" + "case_needs"."claimed_minor" <= "case_needs"."amount_minor"),
	CONSTRAINT "case_needs_disbursed_within_confirmed" CHECK ("case_needs"."disbursed_minor" <= "case_needs"."confirmed_minor" + "case_needs"."claimed_minor")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"beneficiary_id" uuid,
	"region_code" text NOT NULL,
	"category" text,
	"hardship_type" text,
	"urgency" text DEFAULT 'normal' NOT NULL,
	"intake_channel" text NOT NULL,
	"status" text NOT NULL,
	"reporter_user_id" uuid,
	"referrer_user_id" uuid,
	"handler_user_id" uuid,
	"backup_handler_user_id" uuid,
	"public_summary" text,
	"published" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"duplicate_of_case_id" uuid,
	"currency" text DEFAULT 'CNY' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_needs" ADD CONSTRAINT "case_needs_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_needs_case_idx" ON "case_needs" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_reference_idx" ON "cases" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "cases_region_status_idx" ON "cases" USING btree ("region_code","status");--> statement-breakpoint
CREATE INDEX "cases_published_idx" ON "cases" USING btree ("published","urgency");