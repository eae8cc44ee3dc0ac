package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/minio/minio-go/v7"

	"github.com/twopm/twopm/workflows"
)

// ErrCorrupt is wrapped by GetJSON when an object's content does not match
// the hash it is addressed by. Callers check it with errors.Is.
var ErrCorrupt = errors.New("store: object does not match its hash")

// maxObject bounds what GetJSON reads (64 MiB): model artifacts are far
// smaller.
const maxObject = 64 << 20

// Objects reads and writes JSON artifacts addressed by content hash.
type Objects struct {
	S3     *minio.Client
	Bucket string
}

// PutJSON stores v as indented JSON under prefix + its SHA-256 + ".json"
// and returns the reference. Storing the same value twice writes the same
// object, so a retried activity is harmless.
func (o Objects) PutJSON(ctx context.Context, prefix string, v any) (workflows.ArtifactRef, error) {
	body, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return workflows.ArtifactRef{}, fmt.Errorf("store: encode %s artifact: %w", prefix, err)
	}
	h := sha256.Sum256(body)
	ref := workflows.ArtifactRef{SHA256: hex.EncodeToString(h[:])}
	ref.Key = prefix + ref.SHA256 + ".json"
	if err := o.put(ctx, ref.Key, body); err != nil {
		return workflows.ArtifactRef{}, err
	}
	return ref, nil
}

// PutAt stores v as indented JSON under key, for the few objects that are
// found by name rather than by hash.
func (o Objects) PutAt(ctx context.Context, key string, v any) error {
	body, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("store: encode %s: %w", key, err)
	}
	return o.put(ctx, key, body)
}

// GetAt reads and decodes the JSON object under key. A missing object
// wraps ErrNotFound.
func (o Objects) GetAt(ctx context.Context, key string, v any) error {
	body, err := o.get(ctx, key)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(body, v); err != nil {
		return fmt.Errorf("store: decode %s: %w", key, err)
	}
	return nil
}

// ErrNotFound is wrapped by GetAt for a key with no object. Callers check
// it with errors.Is.
var ErrNotFound = errors.New("store: no such object")

func (o Objects) get(ctx context.Context, key string) ([]byte, error) {
	obj, err := o.S3.GetObject(ctx, o.Bucket, key, minio.GetObjectOptions{})
	if err != nil {
		return nil, fmt.Errorf("store: get %s: %w", key, err)
	}
	defer func() { _ = obj.Close() }()
	body, err := io.ReadAll(io.LimitReader(obj, maxObject+1))
	if minio.ToErrorResponse(err).Code == "NoSuchKey" {
		return nil, fmt.Errorf("%w: %s", ErrNotFound, key)
	}
	if err != nil {
		return nil, fmt.Errorf("store: get %s: %w", key, err)
	}
	if len(body) > maxObject {
		return nil, fmt.Errorf("store: %s is larger than %d bytes", key, maxObject)
	}
	return body, nil
}

// GetJSON reads the object ref names, checks its hash and decodes it into
// v. A mismatch wraps ErrCorrupt.
func (o Objects) GetJSON(ctx context.Context, ref workflows.ArtifactRef, v any) error {
	body, err := o.get(ctx, ref.Key)
	if err != nil {
		return err
	}
	h := sha256.Sum256(body)
	if hex.EncodeToString(h[:]) != ref.SHA256 {
		return fmt.Errorf("%w: %s", ErrCorrupt, ref.Key)
	}
	if err := json.Unmarshal(body, v); err != nil {
		return fmt.Errorf("store: decode %s: %w", ref.Key, err)
	}
	return nil
}

// PutBytes stores b under prefix + its SHA-256 + ext and returns the
// reference. Storing the same bytes twice writes the same object.
func (o Objects) PutBytes(ctx context.Context, prefix, ext string, b []byte) (workflows.ArtifactRef, error) {
	h := sha256.Sum256(b)
	ref := workflows.ArtifactRef{SHA256: hex.EncodeToString(h[:])}
	ref.Key = prefix + ref.SHA256 + ext
	if err := o.put(ctx, ref.Key, b); err != nil {
		return workflows.ArtifactRef{}, err
	}
	return ref, nil
}

// GetBytes reads the object ref names and checks its hash; a mismatch
// wraps ErrCorrupt, a missing object ErrNotFound.
func (o Objects) GetBytes(ctx context.Context, ref workflows.ArtifactRef) ([]byte, error) {
	body, err := o.get(ctx, ref.Key)
	if err != nil {
		return nil, err
	}
	if h := sha256.Sum256(body); hex.EncodeToString(h[:]) != ref.SHA256 {
		return nil, fmt.Errorf("%w: %s", ErrCorrupt, ref.Key)
	}
	return body, nil
}

// Get returns the object under key; a missing object wraps ErrNotFound.
func (o Objects) Get(ctx context.Context, key string) ([]byte, error) { return o.get(ctx, key) }

// Put stores b under key.
func (o Objects) Put(ctx context.Context, key string, b []byte) error { return o.put(ctx, key, b) }

// URI returns the s3:// address of key.
func (o Objects) URI(key string) string { return "s3://" + o.Bucket + "/" + key }

func (o Objects) put(ctx context.Context, key string, body []byte) error {
	_, err := o.S3.PutObject(ctx, o.Bucket, key, bytes.NewReader(body), int64(len(body)),
		minio.PutObjectOptions{ContentType: "application/json"})
	if err != nil {
		return fmt.Errorf("store: put %s: %w", key, err)
	}
	return nil
}
