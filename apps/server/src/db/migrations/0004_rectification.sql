CREATE TABLE "rectification_item" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"problem" text NOT NULL,
	"measure" text NOT NULL,
	"owner_person_id" uuid,
	"due_on" date,
	"closed_on" date
);
--> statement-breakpoint
ALTER TABLE "rectification_item" ADD CONSTRAINT "rectification_item_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_item" ADD CONSTRAINT "rectification_item_owner_person_id_person_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rectification_item_meeting_idx" ON "rectification_item" USING btree ("meeting_id");