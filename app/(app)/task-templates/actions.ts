"use server";

import { jsonAction } from "@/lib/actions/server";
import { bulkAssignTemplate } from "@/lib/dal/decisions/bulk";
import { archiveTaskTemplate, saveCadreGroup, saveTaskTemplate } from "@/lib/dal/decisions/templates";
import {
  ArchiveTaskTemplateSchema,
  BulkAssignmentSchema,
  SaveCadreGroupSchema,
  SaveTaskTemplateSchema,
} from "@/lib/validation/template";

/** Creates a template of the body's catalogue, or saves an edit of one (a stale edit is a conflict). */
export const saveTaskTemplateAction = jsonAction(SaveTaskTemplateSchema, saveTaskTemplate, {
  revalidate: "/task-templates",
  redirect: "/task-templates",
});

/** Takes a template out of the catalogue (or puts it back); templates are never deleted. */
export const archiveTaskTemplateAction = jsonAction(ArchiveTaskTemplateSchema, archiveTaskTemplate, {
  revalidate: "/task-templates",
  notice: (input) => (input.archived === "yes" ? "templateArchived" : "templateRestored"),
});

/** Saves the cadres picked for a bulk assignment as a named group to pick again. */
export const saveCadreGroupAction = jsonAction(SaveCadreGroupSchema, saveCadreGroup, {
  revalidate: "/task-templates/assign",
  notice: "cadreGroupSaved",
});

/** Assigns one template to many cadres under one decision, then shows the batch's tasks. */
export const bulkAssignAction = jsonAction(BulkAssignmentSchema, bulkAssignTemplate, {
  revalidate: [{ path: "/tasks", type: "layout" }, "/standing-committee"],
  redirect: (_input, result) => `/task-templates/assign?done=${result.bulkAssignmentId}`,
});
