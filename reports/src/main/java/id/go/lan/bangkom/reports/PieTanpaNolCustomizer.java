package id.go.lan.bangkom.reports;

import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PiePlot;

/**
 * Drops empty slices from a pie (a status nobody has), so no stray {@code 0%} label is drawn.
 * Public only because JasperReports instantiates customizers by class name from the template.
 */
public final class PieTanpaNolCustomizer implements JRChartCustomizer {
  @Override
  public void customize(JFreeChart chart, JRChart jasperChart) {
    if (chart.getPlot() instanceof PiePlot<?> plot) {
      plot.setIgnoreZeroValues(true);
      plot.setIgnoreNullValues(true);
      plot.setShadowPaint(null);
    }
  }
}
