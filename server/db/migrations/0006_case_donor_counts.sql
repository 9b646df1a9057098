CREATE TABLE "case_donors" (
	"case_id" uuid NOT NULL,
	"donor_key" uuid NOT NULL,
	"confirmed" integer NOT NULL,
	CONSTRAINT "case_donors_case_id_donor_key_pk" PRIMARY KEY("case_id","donor_key")
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "donor_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "case_donors" ADD CONSTRAINT "case_donors_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
INSERT INTO "case_donors" ("case_id", "donor_key", "confirmed")
SELECT "case_id", coalesce("organization_id", "donor_user_id"), count(*)::int FROM "pledges" WHERE "status" = 'confirmed' GROUP BY 1, 2;--> statement-breakpoint
UPDATE "cases" SET "donor_count" = d.n FROM (SELECT "case_id", count(*)::int AS n FROM "case_donors" WHERE "confirmed" > 0 GROUP BY 1) AS d WHERE d."case_id" = "cases"."id";
