package vn.eqip.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LibreOfficeCsvTest {

  @Test
  void quoted_fields_keep_their_commas_quotes_and_line_breaks() {
    String csv =
        "Trường,Kinh phí,Tỷ lệ\r\n"
            + "\"PTDTBT TH Hẹ Muông, Điện Biên\",\"1.234.567\",\"21,1%\"\n"
            + "\"Ghi \"\"chú\"\"\nhai dòng\",,0\n";

    assertEquals(
        List.of(
            List.of("Trường", "Kinh phí", "Tỷ lệ"),
            List.of("PTDTBT TH Hẹ Muông, Điện Biên", "1.234.567", "21,1%"),
            List.of("Ghi \"chú\"\nhai dòng", "", "0")),
        LibreOffice.Csv.parse(csv));
  }
}
