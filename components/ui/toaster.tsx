"use client";

import { useEffect, useRef, useState, type ComponentType } from "react";
import { setNonce } from "get-nonce";
import type { ActionState } from "@/lib/actions/state";

type Sonner = typeof import("sonner");

/** This page's CSP nonce, as Next put it on its own scripts (the property survives the attribute's hiding). */
function pageNonce(): string | undefined {
  return document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce || undefined;
}

let loading: Promise<Sonner> | undefined;

/**
 * Sonner writes its stylesheet into a new <style> element when its module is first evaluated, and the strict
 * CSP refuses a <style> without the page's nonce. So it is only ever loaded here, on demand, with the nonce
 * put on the style elements appended to <head> meanwhile; the Radix dialogs' scroll lock gets the same nonce.
 * No other file imports "sonner".
 */
function loadSonner(): Promise<Sonner> {
  loading ??= (async () => {
    const nonce = pageNonce();
    if (nonce) setNonce(nonce);
    const head = document.head;
    const append = head.appendChild;
    head.appendChild = function <T extends Node>(this: HTMLHeadElement, node: T): T {
      if (nonce && node instanceof HTMLStyleElement && !node.nonce) node.nonce = nonce;
      return append.call(this, node) as T;
    };
    try {
      return await import("sonner");
    } finally {
      head.appendChild = append;
    }
  })();
  return loading;
}

/** Shows a short confirmation that something was done; the one way the app raises a toast. */
export function showToast(message: string, kind: "success" | "error" = "success") {
  void loadSonner().then(({ toast }) => (kind === "success" ? toast.success(message) : toast.error(message)));
}

/** The one toaster, placed once in the signed-in layout. */
export function Toaster() {
  const [Sonner, setSonner] = useState<ComponentType<Record<string, unknown>> | null>(null);
  useEffect(() => {
    let live = true;
    void loadSonner().then((m) => live && setSonner(() => m.Toaster as ComponentType<Record<string, unknown>>));
    return () => {
      live = false;
    };
  }, []);
  if (!Sonner) return null;
  return <Sonner position="top-center" richColors closeButton duration={5000} toastOptions={{ className: "print:hidden" }} />;
}

/**
 * Raises the action's success notice as a toast, once per answer of the action wrapper (ActionState.notice):
 * every form gets it through FormMessage, every client caller of a JSON action by calling this hook.
 */
export function useNoticeToast(state: ActionState | undefined) {
  const shown = useRef<ActionState | undefined>(undefined);
  useEffect(() => {
    if (!state || shown.current === state || state.status !== "success" || !state.notice) return;
    shown.current = state;
    showToast(state.notice);
  }, [state]);
}

/** FormMessage's toast half, as a client island (FormMessage itself also renders on the server). */
export function NoticeToast({ state }: { state: ActionState }) {
  useNoticeToast(state);
  return null;
}
