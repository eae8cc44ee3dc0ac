package main

import (
	"errors"
	"fmt"
	"image/color"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"github.com/twopm/twopm/activities/store"
	"github.com/twopm/twopm/baseline"
	"github.com/twopm/twopm/requester"
	"github.com/twopm/twopm/workers"
	"github.com/twopm/twopm/workflows"
)

func newTaskReport(g *globals) *cobra.Command {
	var s3 s3Flags
	var out string
	cmd := &cobra.Command{
		Use:   "report TASK-ID -o report.png",
		Short: "Draw a training task's validation loss and accuracy per round, against centralized training when known",
		Long: `report draws two panels: the validation loss and the validation accuracy of a
training task's global model after every round, as the nodes scored it on
their validation rows (aggregated securely). If the task was run by demo
train, the centralized model trained on the pooled rows is drawn beside it.
The file type follows the extension of -o: .png, .jpg or .tiff.`,
		Args: cobra.ExactArgs(1),
		RunE: g.withClient(func(cmd *cobra.Command, args []string, c *requester.Client) error {
			if out == "" {
				return errors.New("task report: -o FILE is required")
			}
			res, err := c.TrainingResult(cmd.Context(), args[0], false)
			if err != nil {
				return err
			}
			if len(res.History) == 0 {
				return fmt.Errorf("task report: task %s has no finished round", args[0])
			}
			var curve []baseline.Point
			s3c, bucket, err := workers.NewS3(cmd.Context(), s3.config())
			if err != nil {
				return err
			}
			err = store.Objects{S3: s3c, Bucket: bucket}.GetAt(cmd.Context(), centralizedKey(args[0]), &curve)
			if err != nil && !errors.Is(err, store.ErrNotFound) {
				return err
			}
			if err := drawReport(res, curve, out); err != nil {
				return err
			}
			fmt.Fprintf(os.Stderr, "report of task %s (%d rounds) written to %s\n", args[0], len(res.History), out)
			return nil
		}),
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "image file to write (.png, .jpg, .tiff)")
	s3.register(cmd.Flags())
	return cmd
}

// drawReport writes the loss and accuracy panels to path.
func drawReport(res workflows.TrainResult, curve []baseline.Point, path string) error {
	ext := strings.TrimPrefix(strings.ToLower(filepath.Ext(path)), ".")
	switch ext {
	case "png", "jpg", "jpeg", "tiff":
	default:
		return fmt.Errorf("task report: unknown image type %q (want .png, .jpg or .tiff)", filepath.Ext(path))
	}
	panels := make([]*plot.Plot, 2)
	for i, what := range []string{"validation loss", "validation accuracy"} {
		p := plot.New()
		p.Title.Text = fmt.Sprintf("%s: %s (%s, %s)", res.TaskID, what, res.Model, res.Schema)
		p.X.Label.Text = "round"
		p.Y.Label.Text = what
		fed := make(plotter.XYs, len(res.History))
		for k, h := range res.History {
			fed[k].X = float64(h.Round)
			fed[k].Y = h.ValLoss
			if i == 1 {
				fed[k].Y = h.ValAccuracy
			}
		}
		if err := addLine(p, fed, "federated", color.RGBA{R: 31, G: 119, B: 180, A: 255}); err != nil {
			return err
		}
		if len(curve) > 0 {
			cen := make(plotter.XYs, len(curve))
			for k, c := range curve {
				cen[k].X, cen[k].Y = float64(c.Round), c.ValLoss
				if i == 1 {
					cen[k].Y = c.ValAccuracy
				}
			}
			if err := addLine(p, cen, "centralized", color.RGBA{R: 214, G: 39, B: 40, A: 255}); err != nil {
				return err
			}
		}
		p.Legend.Top = i == 0
		panels[i] = p
	}
	const w, h = 8 * vg.Inch, 7 * vg.Inch
	img := vgimg.New(w, h)
	dc := draw.New(img)
	tiles := draw.Tiles{Rows: 2, Cols: 1, PadY: vg.Millimeter * 4, PadTop: vg.Millimeter * 2, PadBottom: vg.Millimeter * 2,
		PadLeft: vg.Millimeter * 2, PadRight: vg.Millimeter * 2}
	canvases := plot.Align([][]*plot.Plot{{panels[0]}, {panels[1]}}, tiles, dc)
	panels[0].Draw(canvases[0][0])
	panels[1].Draw(canvases[1][0])
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	var wt interface {
		WriteTo(w io.Writer) (int64, error)
	}
	switch ext {
	case "png":
		wt = vgimg.PngCanvas{Canvas: img}
	case "tiff":
		wt = vgimg.TiffCanvas{Canvas: img}
	default:
		wt = vgimg.JpegCanvas{Canvas: img}
	}
	if _, err := wt.WriteTo(f); err != nil {
		_ = f.Close()
		return fmt.Errorf("task report: write %s: %w", path, err)
	}
	return f.Close()
}

func addLine(p *plot.Plot, xys plotter.XYs, name string, c color.Color) error {
	l, pts, err := plotter.NewLinePoints(xys)
	if err != nil {
		return err
	}
	l.Color, pts.Color = c, c
	p.Add(l, pts)
	p.Legend.Add(name, l, pts)
	return nil
}
