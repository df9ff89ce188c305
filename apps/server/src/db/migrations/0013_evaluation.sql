CREATE TABLE "evaluation_comment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"subject_id" uuid,
	"author_account_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_ratee" (
	"round_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"party_status" text NOT NULL,
	CONSTRAINT "evaluation_ratee_round_id_person_id_pk" PRIMARY KEY("round_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_result" (
	"round_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"name" text NOT NULL,
	"party_status" text NOT NULL,
	"total" numeric NOT NULL,
	"vetoed" boolean NOT NULL,
	"grade" text NOT NULL,
	"result" jsonb NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	CONSTRAINT "evaluation_result_round_id_person_id_pk" PRIMARY KEY("round_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_round" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_node_id" uuid NOT NULL,
	"template_key" text NOT NULL,
	"template" jsonb NOT NULL,
	"year" integer NOT NULL,
	"quarter" integer,
	"title" text NOT NULL,
	"peer_sample" integer,
	"seed" text NOT NULL,
	"status" text NOT NULL,
	"roster_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"published_by" uuid
);
--> statement-breakpoint
CREATE TABLE "evaluation_sheet" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"ratee_id" uuid NOT NULL,
	"rater_group" text NOT NULL,
	"rater_id" uuid NOT NULL,
	"scores" jsonb,
	"submitted_at" timestamp with time zone,
	"updated_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "evaluation_staff_sheet" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"ratee_id" uuid NOT NULL,
	"scores" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_staff_token" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone,
	"used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "evaluation_value" (
	"round_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"indicator_code" text NOT NULL,
	"value" numeric NOT NULL,
	"override" boolean NOT NULL,
	"reason" text,
	"entered_by" uuid,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_value_round_id_person_id_indicator_code_pk" PRIMARY KEY("round_id","person_id","indicator_code")
);
--> statement-breakpoint
CREATE TABLE "evaluation_veto" (
	"round_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"indicator_code" text NOT NULL,
	"reason" text NOT NULL,
	"marked_by" uuid,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_veto_round_id_person_id_indicator_code_pk" PRIMARY KEY("round_id","person_id","indicator_code")
);
--> statement-breakpoint
ALTER TABLE "evaluation_comment" ADD CONSTRAINT "evaluation_comment_round_id_evaluation_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_comment" ADD CONSTRAINT "evaluation_comment_subject_id_person_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_ratee" ADD CONSTRAINT "evaluation_ratee_round_id_evaluation_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_ratee" ADD CONSTRAINT "evaluation_ratee_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_result" ADD CONSTRAINT "evaluation_result_round_id_evaluation_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_result" ADD CONSTRAINT "evaluation_result_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_round" ADD CONSTRAINT "evaluation_round_org_node_id_org_node_id_fk" FOREIGN KEY ("org_node_id") REFERENCES "public"."org_node"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_sheet" ADD CONSTRAINT "evaluation_sheet_round_id_evaluation_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_sheet" ADD CONSTRAINT "evaluation_sheet_ratee_id_person_id_fk" FOREIGN KEY ("ratee_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_sheet" ADD CONSTRAINT "evaluation_sheet_rater_id_person_id_fk" FOREIGN KEY ("rater_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_staff_sheet" ADD CONSTRAINT "evaluation_staff_sheet_round_id_evaluation_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_staff_sheet" ADD CONSTRAINT "evaluation_staff_sheet_ratee_id_person_id_fk" FOREIGN KEY ("ratee_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_staff_token" ADD CONSTRAINT "evaluation_staff_token_round_id_evaluation_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_value" ADD CONSTRAINT "evaluation_value_round_id_evaluation_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_value" ADD CONSTRAINT "evaluation_value_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_veto" ADD CONSTRAINT "evaluation_veto_round_id_evaluation_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_veto" ADD CONSTRAINT "evaluation_veto_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluation_comment_round_idx" ON "evaluation_comment" USING btree ("round_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_round_period_idx" ON "evaluation_round" USING btree ("org_node_id","year",coalesce("quarter", 0));--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_sheet_assignment_idx" ON "evaluation_sheet" USING btree ("round_id","ratee_id","rater_group","rater_id");--> statement-breakpoint
CREATE INDEX "evaluation_sheet_rater_idx" ON "evaluation_sheet" USING btree ("rater_id","round_id");--> statement-breakpoint
CREATE INDEX "evaluation_staff_sheet_round_idx" ON "evaluation_staff_sheet" USING btree ("round_id","ratee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_staff_token_hash_idx" ON "evaluation_staff_token" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "evaluation_staff_token_round_idx" ON "evaluation_staff_token" USING btree ("round_id");