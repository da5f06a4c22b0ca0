import { Readable } from "node:stream";
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from "@aws-sdk/client-s3";
import { checkKey, FileNotFoundError, rechunk, type FileSource, type FileStore } from "./store";

/** S3's smallest multipart part (5 MB): a file up to this size is one PutObject. */
const PART_BYTES = 5 * 1024 * 1024;

export type S3Location = {
  bucket: string;
  prefix: string;
  endpoint?: string;
  region: string;
  forcePathStyle: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
};

/**
 * STORAGE_URL=s3://[ACCESS_KEY:SECRET@]bucket[/prefix][?endpoint=https://s3.example.vn&region=…&forcePathStyle=true]
 * Without credentials in the URL the SDK's own chain is used (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, …).
 * An `endpoint` (MinIO, Ceph, a cloud's S3-compatible service) implies path-style addressing unless
 * forcePathStyle=false.
 */
export function parseS3Url(url: string): S3Location {
  const u = new URL(url);
  if (u.protocol !== "s3:" || !u.hostname) throw new Error("STORAGE_URL must look like s3://bucket/prefix?endpoint=…");
  const endpoint = u.searchParams.get("endpoint") || undefined;
  const pathStyle = u.searchParams.get("forcePathStyle");
  return {
    bucket: u.hostname,
    prefix: decodeURIComponent(u.pathname.replace(/^\/+/, "")).replace(/([^/])$/, "$1/"),
    endpoint,
    region: u.searchParams.get("region") || process.env.AWS_REGION || "us-east-1",
    forcePathStyle: pathStyle ? pathStyle === "true" : Boolean(endpoint),
    credentials: u.username
      ? { accessKeyId: decodeURIComponent(u.username), secretAccessKey: decodeURIComponent(u.password) }
      : undefined,
  };
}

function isNotFound(error: unknown) {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === "NoSuchKey" || e?.name === "NotFound" || e?.$metadata?.httpStatusCode === 404;
}

/**
 * Files in an S3-compatible bucket. A stream is sent in 5 MB parts (multipart upload) and read back as the
 * response's stream, so no file is held whole; the bucket's own versioning or replication is its backup.
 */
export function s3FileStore(
  location: S3Location,
  client = new S3Client({
    region: location.region,
    endpoint: location.endpoint,
    forcePathStyle: location.forcePathStyle,
    credentials: location.credentials,
  }),
): FileStore {
  const Bucket = location.bucket;
  const objectKey = (key: string) => `${location.prefix}${checkKey(key)}`;
  return {
    kind: "s3",
    async put(key, source: FileSource) {
      const Key = objectKey(key);
      const parts = rechunk(source, PART_BYTES);
      const first = await parts.next();
      const firstBytes = first.done ? new Uint8Array() : first.value;
      const second = first.done ? first : await parts.next();
      if (second.done) {
        await client.send(new PutObjectCommand({ Bucket, Key, Body: firstBytes, ContentLength: firstBytes.length }));
        return { sizeBytes: firstBytes.length };
      }
      const { UploadId } = await client.send(new CreateMultipartUploadCommand({ Bucket, Key }));
      try {
        const done: { ETag?: string; PartNumber: number }[] = [];
        let sizeBytes = 0;
        const send = async (bytes: Uint8Array) => {
          const PartNumber = done.length + 1;
          const { ETag } = await client.send(
            new UploadPartCommand({ Bucket, Key, UploadId, PartNumber, Body: bytes, ContentLength: bytes.length }),
          );
          done.push({ ETag, PartNumber });
          sizeBytes += bytes.length;
        };
        await send(firstBytes);
        await send(second.value);
        for await (const part of parts) await send(part);
        await client.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts: done } }));
        return { sizeBytes };
      } catch (error) {
        await client.send(new AbortMultipartUploadCommand({ Bucket, Key, UploadId })).catch(() => {});
        throw error;
      }
    },
    async get(key) {
      try {
        const { Body } = await client.send(new GetObjectCommand({ Bucket, Key: objectKey(key) }));
        if (!Body) throw new FileNotFoundError(key);
        return Body instanceof Readable ? Body : Readable.fromWeb(Body as never);
      } catch (error) {
        if (isNotFound(error)) throw new FileNotFoundError(key);
        throw error;
      }
    },
    async has(key) {
      try {
        await client.send(new HeadObjectCommand({ Bucket, Key: objectKey(key) }));
        return true;
      } catch (error) {
        if (isNotFound(error)) return false;
        throw error;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: objectKey(key) }));
    },
  };
}
